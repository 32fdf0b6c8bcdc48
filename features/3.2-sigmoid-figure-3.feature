@section-3.2 @figure-3 @training @tmsLink=Section-3.2
Feature: Section 3.2, Figure 3 - "the convergence appears to stall with the Xavier initialization, but proceeds rapidly with the initialization proposed in (19)"

  Kumar (2017), Section 3.2. The 10-layer sigmoid network of Figure 2 (nine 3x3 convolutions
  32-32-32, pool, 64-64-64, pool, 128-128-128, pool, a softmax output) is trained on CIFAR-10
  from Xavier's initialization and from eq. (19)'s, and Figure 3 compares the top-5 accuracy
  over 10 epochs ("iterations"). The set-up is the author's script's
  (../shared/paper/reference-script-facts.md): DL4J, RMSprop in the Keras 2 form with rho 0.9,
  eps 1e-8, lr 1e-4 / (1 + 1e-6 t), batch 32, categorical cross-entropy, pixels / 255, the
  training images reshuffled every epoch by the run's seeded generator. Per epoch the report
  records validation top-1 and top-5 (what the paper's text says), training top-5 (what the
  script plots), the loss and the speed; the curves are charted like Figure 3, and the SHA-256 of
  every CIFAR-10 file read is in the ledger.

  The test, declared before training: chance for top-5 of 10 classes is 1/2; a guesser's share over
  n validation images has standard error sqrt(1/4 / n), and the band is z = 3.76 times that
  (two-sided, 99.9% family-wise over 6 comparisons, Bonferroni). For each of 2 seeds (one pair of
  runs per seed, same data order for both), at the last epoch: Xavier's validation top-5 lies
  within the band around 1/2 (it stalls), the recommended initialization's lies above it (it has
  left chance), and their difference exceeds the band of a difference (sqrt(2) wider).

  Two readings of "the initialization proposed in (19)":
  - paper: what eq. (19) prints, N(0, v^2) with v = 3.6/sqrt(N), against Xavier's
    N(0, 2/(fan_in + fan_out)), both untruncated;
  - script: what the author's code drew, variance 3.6/N (Keras' scale multiplies the variance), it
    and Xavier both truncated at two standard deviations without variance correction, as Keras 2.0
    did in 2017 (0.774 of the nominal variance).

  Scales. paper: all 50,000 training images x 10 epochs (15,630 steps per run), all 10,000 test
  images, both variants. ci (the default) changes the paper's run in three ways: 10,000 training
  images (the first batch file), 4 epochs, so 1,252 steps per run instead of 15,630; validation on
  the first 2,000 test images (band +-0.042); and only the paper's variant. The number of optimizer
  steps, not of images, decides whether a run leaves chance. Evidence for the choice (Keras with
  the author's set-up on this kind of machine, three seeds; a DL4J probe): eq. (19) untruncated
  left chance between about 500 and 750 steps, the script's init between 1,250 and 1,900 steps,
  on 5,000, 10,000 and 50,000 training images alike, and Xavier stayed at chance through 7,800
  steps. 1,252 steps therefore separate the paper's pair with room to spare (a DL4J run of eq. (19)
  reached 0.78 validation top-5 by step 1,252), but would decide the script's variant on its
  take-off time, so ci does not run that one and the report says so. Chosen for the speed measured
  after the speed work (docs/speed.md): about 470-530 training images/s on 2 cores with ND4J's
  oneDNN build, so the 4 runs take about 6 minutes; the whole mvn verify about 7 of its 20.

  Rule: Figure 3 - with sigmoid activations, Xavier's initialization stalls and eq. (19)'s converges

    @figure-3 @training @slow
    Scenario Outline: the <variant> variant: Xavier stalls while the recommended initialization converges
      Given the CIFAR-10 training and test images of this run's scale
      When the paper's network is trained from both initializations of the <variant> variant, once per seed
      Then Figure 3's claim <verdict> by the declared test, for every seed

      Examples:
        | variant | verdict      |
        | paper   | is confirmed |
        | script  | is confirmed |

@section-3.1 @tanh @tmsLink=Section-3.1
Feature: Section 3.1 - Hyperbolic tangent: Xavier, and sequential saturation explained

  Kumar (2017), Section 3.1. Glorot and Bengio found that in a deep tanh network the deeper
  layers are less saturated than the shallower ones, and left open why. The paper's answer:
  their weights U[-1/sqrt(N), 1/sqrt(N)] have variance 1/(3N), so by eq. (10)-(11)
  s_{m+1}^2 = (1/3) s_m^2 (eq. (15)) and u_m^2 decreases with m; with y_m ~ N(0, u_m^2)
  (Proposition 2) the activations have the density of eq. (16)-(17), bimodal near +-1 for large
  u_m and near normal for small u_m (Figure 1), so the saturation falls with depth.
  (Eq. (13)-(14), tanh giving Xavier's 1/sqrt(N), are in Section 3's feature.)

  Rule: before eq. (15) - U[-1/sqrt(N), 1/sqrt(N)] has a variance of 1/(3N)

    @eq-15 @fast
    Scenario: the variance of Glorot and Bengio's uniform weights
      Given weights drawn from U[-1/sqrt(N), 1/sqrt(N)]
      When their variance is computed by quadrature and by Monte Carlo
      Then N v^2 is 1/3, as the paper states before eq. (15)

  Rule: eq. (15) - s_{m+1}^2 = (1/3) s_m^2

    Eq. (15) is first order. Exactly (the variance map by quadrature, from inputs of variance 1)
    the ratio stays below 1/3 at every layer, because tanh contracts, and tends to 1/3 as the
    variance shrinks: at layer 20 it must agree with 1/3 to 4 significant digits.

    @eq-15 @fast
    Scenario: the ratio of successive variances in a tanh network with uniform weights
      Given a tanh network with weights U[-1/sqrt(N), 1/sqrt(N)], fed inputs of variance 1
      When the exact variance map is iterated for 20 layers
      Then s_{m+1}^2 / s_m^2 is at most 1/3 at every layer and tends to it, as eq. (15) states

  Rule: after eq. (15) - u_m^2 is a decreasing function of m, and the saturation falls with depth

    Glorot and Bengio's set-up simulated with ND4J: tanh, weights U[-1/sqrt(N), 1/sqrt(N)],
    unit-Gaussian inputs, many independent replicate networks. u_m^2 must fall at every layer,
    beyond Student's t standard errors of the replicates' layer-to-layer differences (99.9%
    family-wise over the layers); the share of outputs near +-1 (|x| > 0.9) must fall from the
    first layer to the second and never rise significantly after. The charts show both against
    the exact recursion, the share as 2 Phi(-atanh(0.9)/u_m).

    @sec-3.1-saturation @monte-carlo @slow
    Scenario Outline: a <depth>-layer tanh network of width <width> with Glorot and Bengio's weights
      Given a tanh network of width <width> and depth <depth> with weights U[-1/sqrt(N), 1/sqrt(N)], fed unit-Gaussian inputs
      When its first forward pass is simulated
      Then u_m^2 decreases with m, as the paper concludes from eq. (15)
      And the share of saturated activations falls with depth

      Examples:
        | width | depth |
        | 500   | 10    |

  Rule: eq. (16)-(17) - tanh of N(0, u_m^2) has the density f(y) = 1/(1 - y^2) exp(-t_y^2 / (2 u_m^2)) / sqrt(2 pi u_m^2)

    The density must integrate to 1 over (-1, 1) (adaptive Gauss-Legendre; the neglected tails
    beyond 1 - 1e-12 bounded exactly), agree with Phi(atanh(x)/u) up to x = -0.5, and fit
    20,000 simulated tanh activations (Kolmogorov-Smirnov at level 0.001).

    @eq-16 @eq-17 @fast
    Scenario Outline: the density of tanh(y) for u_m = <u>
      Given a pre-activation y ~ N(0, u^2) with u = <u>
      When x = tanh(y) is drawn through ND4J and eq. (16) is integrated
      Then eq. (16) is a density that fits the simulated activations

      Examples:
        | u    |
        | 0.25 |
        | 0.5  |
        | 1    |
        | 2    |

  Rule: Figure 1 - the density for several u_m: near normal for small u_m, bimodal near +-1 for large u_m

    @fig-1 @fast
    Scenario: Figure 1 regenerated
      Given the density of eq. (16)
      When it is plotted for u_m = 0.25, 0.5, 1 and 2
      Then the chart shows one mode at 0 for u_m = 0.25 and two modes near +-1 for u_m = 2

@section-2 @tmsLink=Section-2
Feature: Section 2 - The setup: moments and distribution of the pre-activations

  Kumar (2017), Section 2. A layer computes y_m(i) = sum_j W_m(i, j) x_m(j) (eq. (1)) and
  x_{m+1}(i) = g(y_m(i)) (eq. (2)), with weights i.i.d. N(0, v^2) and no biases. On the first
  forward pass the weights of layer m are independent of its inputs (Proposition 1), so
  r_m = E(y_m) = 0 (eq. (3)), the cross terms of E(y_m^2) vanish (eq. (4)-(5)), and
  u_m^2 = N v^2 (s_m^2 + mu_m^2) (eq. (6)) "for any arbitrary covariance structure of the
  inputs". For large N, y_m is approximately normal (Proposition 2).

  Monte Carlo: layers of width N built with ND4J, weights N(0, 1/N), over many independent
  replicates (fresh inputs and weights); each measured mean has a standard error from the
  spread across replicates, compared with the exact value by Student's t at 99.9% family-wise
  confidence over the scenario's three comparisons.

  Rule: Proposition 1 and eq. (3)-(6) - u_m^2 = N v^2 (s_m^2 + mu_m^2), for any covariance structure of the inputs

    Three input structures with known mean and variance: the paper's i.i.d. N(0, 1); inputs of
    mean 0.5 and variance 1 whose coordinates are correlated 0.8 with each other; and the outputs
    of a ReLU layer (skewed, mean about 0.4, correlated through the shared input vector).

    @eq-3 @eq-5 @eq-6 @prop-1 @monte-carlo @fast
    Scenario Outline: a layer of width <width> fed <inputs> inputs
      Given a layer of width <width> with weights N(0, 1/N), fed <inputs> inputs
      When its pre-activations are simulated
      Then r_m is 0, the cross terms vanish and u_m^2 = N v^2 (s_m^2 + mu_m^2), as eq. (3)-(6) state

      Examples:
        | inputs         | width |
        | independent    | 500   |
        | equicorrelated | 500   |
        | relu-layer     | 500   |

  Rule: Proposition 2 - y_m is approximately normally distributed for large N

    Independent draws of one pre-activation, each with fresh weights and fresh inputs
    (a ReLU layer's outputs: skewed, with a point mass at 0), against N(0, u^2) with the exact
    u^2 = N v^2 E[x^2] = 1/2, by a Kolmogorov-Smirnov test at level 0.001 of n = 20,000 draws
    at either scale: "approximately" normal means no departure this sample can see (about 1.4%
    in the distribution function); any finite N is rejected by a large enough sample. For the paper's normal weights y is normal given the
    inputs, a scale mixture overall; for Glorot and Bengio's uniform weights it is a sum of N
    non-normal terms. Either way it is normal for large N and plainly not for N of 1 or 2,
    where the test rejects it: that is where Proposition 2 stops holding.

    @prop-2 @monte-carlo @fast
    Scenario Outline: pre-activations with <weights> weights and N = <width>
      Given pre-activations y = sum_j W_j x_j with <weights> weights of variance 1/N and N = <width> inputs from a ReLU layer
      When their distribution is tested against N(0, u^2)
      Then normality <outcome> at level 0.001

      Examples:
        | weights | width | outcome          |
        | normal  | 1     | is rejected      |
        | normal  | 2     | is rejected      |
        | normal  | 100   | is not rejected  |
        | normal  | 500   | is not rejected  |
        | uniform | 1     | is rejected      |
        | uniform | 500   | is not rejected  |

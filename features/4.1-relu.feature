@section-4.1 @relu @tmsLink=Section-4.1
Feature: Section 4.1 - RELU activation: the He initialization v^2 = 2/N, derived

  Kumar (2017), Section 4.1. The ReLU, g(x) = max(0, x), is not differentiable at 0, so the
  Taylor expansion of Section 3 (eq. (8)-(11)) does not apply. Instead the paper uses
  Proposition 2 and eq. (3): on the first forward pass y_m(i) ~ N(0, u_m^2), and the moments
  of x_{m+1}(i) = max(0, y_m(i)) follow in closed form (eq. (20)-(22)). Asking for
  s_{m+1}^2 = 1 at every layer gives u_m^2 ~ 3 (eq. (23)), mu ~ 0.7, and through eq. (6)
  the weight variance v^2 ~ 2/N (eq. (24)-(25)), He et al.'s initialization.

  Every claim is checked three ways, and the ledger row of each scenario shows all three:
    - the paper: its printed number, to its printed digits ("0.34" means 0.335 to 0.345),
      or its closed form evaluated in double precision;
    - exact: E[g(u Z)], Z ~ N(0, 1), by composite Gauss-Legendre quadrature split at the kink
      of ReLU, and Brent root finding on it, each with its own numerical error;
    - Monte Carlo: draws pushed through ND4J, compared with the exact value within
      z (or t) standard errors, at 99.9% family-wise confidence per scenario (Bonferroni).
  The claim a scenario is about is the first check: the paper against the exact value.

  Rule: eq. (20) - the mean of a rectified normal is mu_{m+1} = u_m / sqrt(2 pi)

    @eq-20 @fast
    Scenario Outline: the mean of max(0, y) for y ~ N(0, <u>^2)
      Given a pre-activation y ~ N(0, u^2) with u = <u>
      When the moments of x = max(0, y) are computed in closed form, by quadrature and by Monte Carlo
      Then the mean of x is u/sqrt(2 pi), as eq. (20) states

      Examples:
        | u   |
        | 0.5 |
        | 1   |
        | 3   |

  Rule: eq. (21) - the second moment is E(x_{m+1}^2) = u_m^2 / 2

    @eq-21 @fast
    Scenario Outline: the second moment of max(0, y) for y ~ N(0, <u>^2)
      Given a pre-activation y ~ N(0, u^2) with u = <u>
      When the moments of x = max(0, y) are computed in closed form, by quadrature and by Monte Carlo
      Then the second moment of x is u^2/2, as eq. (21) states

      Examples:
        | u   |
        | 0.5 |
        | 1   |
        | 3   |

  Rule: eq. (22) - the variance is s_{m+1}^2 = u_m^2/2 - u_m^2/(2 pi), approximately 0.34 u_m^2

    The exact coefficient is 1/2 - 1/(2 pi) = 0.34085; the paper prints it as 0.34.

    @eq-22 @fast
    Scenario Outline: the variance of max(0, y) for y ~ N(0, <u>^2)
      Given a pre-activation y ~ N(0, u^2) with u = <u>
      When the moments of x = max(0, y) are computed in closed form, by quadrature and by Monte Carlo
      Then the variance of x is 0.34 u^2, as eq. (22) states

      Examples:
        | u   |
        | 0.5 |
        | 1   |
        | 3   |

  Rule: eq. (23) - the variance is held at s_{m+1}^2 = 1 when u_m^2 is approximately 3

    Exactly, u^2 = 1 / (1/2 - 1/(2 pi)) = 2 pi / (pi - 1) = 2.934, which the printed 3 covers.

    @eq-23 @fast
    Scenario: the pre-activation variance of the fixed point
      Given the ReLU variance map s^2(u^2) = Var[max(0, y)] for y ~ N(0, u^2)
      When s^2(u^2) = 1 is solved for u^2
      Then u^2 is 3, as eq. (23) states

  Rule: after eq. (23) - at that point the mean is mu_{m+1} approximately 0.7

    Exactly, mu = u / sqrt(2 pi) = 1 / sqrt(pi - 1) = 0.683, which rounds to the printed 0.7.

    @eq-23-mu @fast
    Scenario: the mean at the fixed point
      Given the ReLU variance map s^2(u^2) = Var[max(0, y)] for y ~ N(0, u^2)
      When s^2(u^2) = 1 is solved for u^2
      Then the mean of x there is 0.7, as the paper states after eq. (23)

  Rule: eq. (24) - 3 = N v^2 (1 + 0.49)

    The paper squares the rounded mean: 0.49 = 0.7^2. The exact squared mean is
    mu^2 = 1 / (pi - 1) = 0.467, outside the printed 0.485 to 0.495: an erratum. It does not
    change eq. (25): with the printed numbers N v^2 = 3 / 1.49 = 2.01, exactly it is 2.

    @eq-24 @erratum @fast
    Scenario: the squared mean in eq. (24) is the square of a rounded number
      Given the ReLU variance map s^2(u^2) = Var[max(0, y)] for y ~ N(0, u^2)
      When s^2(u^2) = 1 is solved for u^2
      Then the squared mean there is not the paper's 0.49 but 1/(pi - 1), an erratum in eq. (24)

  Rule: eq. (25) - the weight variance that holds the fixed point is v^2 approximately 2/N

    From eq. (6), N v^2 = u^2 / (s^2 + mu^2) = (2 pi / (pi - 1)) / (1 + 1 / (pi - 1)) = 2
    exactly: the paper's approximations cancel, and He et al.'s 2/N is exact for ReLU.

    @eq-25 @fast
    Scenario: the variance factor N v^2 at the fixed point
      Given the ReLU variance map s^2(u^2) = Var[max(0, y)] for y ~ N(0, u^2)
      When s^2(u^2) = 1 is solved for u^2
      Then N v^2 = u^2 / (1 + mu^2) there is 2, as eq. (25) states

  Rule: eq. (6) and (20)-(25) in an actual deep network - with v^2 = 2/N every layer stays at the fixed point

    A deep ReLU network built with ND4J (float64, no biases, as in Section 2), weights
    N(0, v^2) drawn afresh for each of many independent replicate networks, fed a batch of
    Gaussian inputs whose second moment puts u_1^2 at the fixed point 2 pi / (pi - 1).
    Checked at every layer m, with standard errors from the spread across replicates and
    Student's t at 99.9% family-wise confidence over all 4M + 1 comparisons (Bonferroni):
      - u_m^2, the pre-activation variance, against the fixed point: its expectation is exactly
        the fixed point at any width when v^2 = 2/N (E[x_{m+1}^2 | x_m] = E[x_m^2]);
      - eq. (20)-(22) given the layer's inputs: mu_{m+1} / u_m, E[x_{m+1}^2] / u_m^2 and
        s_{m+1}^2 / u_m^2, where u_m^2 = v^2 |x_m|^2 is the exact variance of y_m given x_m
        (Proposition 1: the weights are independent of the layer's inputs);
      - the factor N v^2 that would hold E[x^2] exactly, measured through the network.
    The charts also show mu_m and s_m^2 per layer. They are not checked against the fixed
    point: at finite width u_m^2 spreads out with depth (its log-variance grows about 5m/N),
    so E[u_m] falls below sqrt(E[u_m^2]) and mu_m drifts by a few percent over 30 layers
    of width 500, an effect of order M/N that the paper's infinite-width argument leaves out.

    @eq-25 @monte-carlo @slow
    Scenario Outline: a <depth>-layer <activation> network of width <width> with weights N(0, <factor>/N)
      Given a <activation> network of width <width> and depth <depth> with weights N(0, <factor>/N), fed inputs at the fixed point
      When the first forward pass is simulated
      Then every layer's u_m^2 stays at the fixed point
      And every layer's outputs follow eq. (20)-(22) given that layer's inputs
      And the N v^2 that preserves the second moment, measured through the network, is 2

      Examples:
        | activation | width | depth | factor |
        | relu       | 500   | 30    | 2      |

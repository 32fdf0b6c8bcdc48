@section-3 @tmsLink=Section-3
Feature: Section 3 - Activation functions differentiable at 0: the general formula v^2 = 1 / (N g'(0)^2 (1 + g(0)^2))

  Kumar (2017), Section 3. When g is differentiable at 0, a first-order Taylor expansion about
  E(y_m) = 0 (eq. (8)) gives mu_{m+1} = g(0) (eq. (9)-(10)) and
  s_{m+1}^2 = N g'(0)^2 v^2 (s_m^2 + g(0)^2) (eq. (11)); asking for s_m^2 = 1 at every layer
  gives the general initialization of eq. (12). For tanh it is Xavier's 1/sqrt(N) (eq. (14)),
  for sigmoid 3.6/sqrt(N) (eq. (19)).

  Beyond the first order, the exact variance map q -> N v^2 E[g(sqrt(q) Z)^2] (by quadrature)
  says whether any v^2 keeps s^2 = 1, where eq. (12)'s v^2 leads instead, and which v^2 is
  critical (gradients neither grow nor shrink: chi = N v^2 E[g'(sqrt(q*) Z)^2] = 1). The exact
  variance-preserving N v^2 generalises eq. (24): the u^2 with Var[g(u Z)] = 1, divided by
  E[g(u Z)^2] = s^2 + mu^2.

  Rule: eq. (8) - the expansion uses g(0) and g'(0)

    @eq-8 @fast
    Scenario Outline: g(0) and g'(0) of <activation>
      Given the activation <activation>
      When g is expanded to first order about 0
      Then g(0) is <g0> and g'(0) is <slope>, as eq. (8) uses them

      Examples:
        | activation | g0  | slope |
        | linear     | 0   | 1     |
        | tanh       | 0   | 1     |
        | sigmoid    | 0.5 | 0.25  |
        | softsign   | 0   | 1     |
        | arctan     | 0   | 1     |
        | erf        | 0   | 1.128 |
        | silu       | 0   | 0.5   |
        | gelu       | 0   | 0.5   |
        | elu        | 0   | 1     |

  Rule: Section 3's condition - g must be differentiable at 0

    ReLU (Section 4), leaky ReLU and SELU are not: their one-sided slopes at 0 differ (SELU's
    jump from lambda alpha = 1.758 to lambda = 1.051), so eq. (8)-(12) do not apply to them and
    they are left out of the eq. (12) table below; the exact variance map covers them (last rule).

    @sec-3-condition @fast
    Scenario Outline: <activation> is not differentiable at 0
      Given the activation <activation>
      When its one-sided slopes at 0 are computed
      Then they differ, so eq. (8)-(12) do not apply

      Examples:
        | activation |
        | relu       |
        | leaky-relu |
        | selu       |

  Rule: eq. (9)-(11) - to first order mu_{m+1} = g(0) and s_{m+1}^2 = g'(0)^2 u_m^2

    The expansion "assumes the higher order terms can be ignored": the exact moments by
    quadrature must approach it as u shrinks (u = 1, 0.3, 0.1, 0.03, 0.01: relative error of
    the variance never growing, and below 5% at u = 0.01; the mean's error below u).

    @eq-9 @eq-11 @fast
    Scenario Outline: the first-order moments of <activation>
      Given the activation <activation>
      When g is expanded to first order about 0
      Then the exact mean and variance approach g(0) and g'(0)^2 u^2 as u shrinks, as eq. (9)-(11) assume

      Examples:
        | activation |
        | tanh       |
        | sigmoid    |
        | softsign   |
        | arctan     |
        | erf        |
        | silu       |
        | gelu       |
        | elu        |

  Rule: eq. (12) - the general initialization N v^2 = 1 / (g'(0)^2 (1 + g(0)^2)) keeps s_m^2 = 1

    Checked per activation: eq. (12)'s N v^2 to the digits printed below; then against the exact
    variance-preserving N v^2. Agreement to two significant digits confirms the claim for that
    activation. Where the two differ, or where no v^2 can keep s^2 = 1 at all (bounded
    activations: Var[tanh], Var[sigmoid], Var[erf], Var[softsign] stay below 1), the claim is
    refuted for it, and the ledger row says where eq. (12)'s v^2 leads the variance instead.
    Monte Carlo: one ND4J layer at eq. (12)'s v^2 fed unit-variance inputs, its output variance
    against the exact one.

    @eq-12 @fast
    Scenario Outline: eq. (12) for <activation>
      Given the activation <activation>
      When eq. (12) and the exact variance map are computed for it
      Then eq. (12) gives N v^2 = <formula>, and it <verdict> the exact variance-preserving N v^2

      Examples:
        | activation | formula | verdict      |
        | linear     | 1       | is confirmed |
        | tanh       | 1       | is refuted   |
        | sigmoid    | 12.8    | is refuted   |
        | softsign   | 1       | is refuted   |
        | arctan     | 1       | is refuted   |
        | erf        | 0.785   | is refuted   |
        | silu       | 4       | is refuted   |
        | gelu       | 4       | is refuted   |
        | elu        | 1       | is refuted   |

  Rule: eq. (14) - for tanh, v approximately 1/sqrt(N): the Xavier initialization

    No v^2 keeps Var[tanh] at 1; with v^2 = 1/N the variance decays slowly to 0, and 1/N is
    exactly the critical value (chi = 1 at the fixed point q* = 0, since g'(0) = 1).

    @eq-14 @fast
    Scenario: eq. (12) for tanh
      Given the activation tanh
      When eq. (12) and the exact variance map are computed for it
      Then v sqrt(N) is 1, as eq. (14) states

  Rule: eq. (19) - for sigmoid, v approximately 3.6/sqrt(N)

    sqrt(1 / ((1/4)^2 (1 + 1/4))) = sqrt(12.8) = 3.58, which rounds to the printed 3.6. No v^2
    keeps Var[sigmoid] (at most 1/4) at 1; with eq. (19) the variance map settles at
    u^2 = 4.5, s^2 = 0.10.

    @eq-19 @fast
    Scenario: eq. (12) for sigmoid
      Given the activation sigmoid
      When eq. (12) and the exact variance map are computed for it
      Then v sqrt(N) is 3.6, as eq. (19) states

  Rule: beyond the paper - the exact variance-preserving and critical N v^2 for any activation

    For every activation, differentiable at 0 or not (the paper's analysis of the latter is
    "largely incomplete"): the N v^2 that keeps s^2 = 1 exactly, the critical N v^2 (chi = 1),
    and PyTorch's calculate_gain squared for comparison (linear 1, sigmoid 1, tanh 25/9,
    relu 2, leaky relu 2/(1 + 0.01^2), selu 9/16; the others have none). Checked against the
    closed forms where they are known (ReLU 2 and 2; leaky ReLU 2/(1 + a^2); SELU preserves the
    variance at N v^2 = 1 by design, and is critical where its vanishing signal sees the slopes
    lambda and lambda alpha, at 2 / (lambda^2 (1 + alpha^2)) = 0.4768; tanh, arctan, erf,
    softsign and elu are critical at 1/g'(0)^2, where the variance vanishes); "-" where none is
    known, and the computed values are reported in the ledger.

    @beyond-paper @fast
    Scenario Outline: the exact initialization for <activation>
      Given the activation <activation>
      When the exact variance map is solved for its variance-preserving and critical N v^2
      Then they agree with the known closed forms <preserving> and <critical>

      Examples:
        | activation | preserving | critical |
        | linear     | 1.000      | 1.000    |
        | relu       | 2.000      | 2.000    |
        | leaky-relu | 1.9998     | 1.9998   |
        | selu       | 1.000      | 0.4768   |
        | tanh       | -          | 1.000    |
        | sigmoid    | -          | -        |
        | softsign   | -          | 1.000    |
        | arctan     | -          | 1.000    |
        | erf        | -          | 0.7854   |
        | silu       | -          | -        |
        | gelu       | -          | -        |
        | elu        | -          | 1.000    |

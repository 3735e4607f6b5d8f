Feature: x
  Scenario: y
    Given a
    | a | b |
    | 1 | 2 |

@tag1 @tag2@x
Feature: Edge cases: with a colon
  Some description # with a comment
  Scenario Outline: Eat <count> cucumbers
    Given there are <start> cucumbers
    And the list: "a", "b"
    When I eat <eat> cucumbers # mid-line comment
    Then I should have "<left>" cucumbers and "unclosed
    * a star step
    But nothing <unclosed
  Examples:
    | start | eat | left |
    |    12 |   5 |    7 |

    |  20   | 5   | 15 # comment |
  Then after the table
  Unknown keyword: here
Funcionalidade: em português
  Cenário: um cenário
    Dado que eu tenho 5 pepinos
    Quando eu como 2
    Então eu tenho 3
  Scenario:
    Given a doc string
      """
      with "quotes" and | pipes
      """
  Background:
    Givens are not steps
    Given
	Given a tab
  Rule: a rule
Ünïcode ✓ 😀
Feature: last line without break

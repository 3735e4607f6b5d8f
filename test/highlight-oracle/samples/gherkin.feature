# language: en
@checkout @smoke
Feature: Checkout with a saved card
  As a returning customer
  I want to pay with the card I saved last time
  So that checking out takes less time

  Background:
    Given the store "Northwind" is open
    And the following products exist:
      | sku     | name          | price |
      | NW-1001 | Coffee beans  | 12.50 |
      | NW-2002 | Ceramic mug   |  8.00 |

  Scenario: Paying with a saved Visa card
    Given I am logged in as "alice@example.com"
    And I have a saved card ending in "4242"
    When I add 2 "Coffee beans" to my cart
    And I check out with my saved card
    Then I should see "Order confirmed"
    But I should not see "Enter card details"

  @wip
  Scenario Outline: Discount codes
    Given my cart totals <total>
    When I apply the code "<code>"
    Then the amount to pay is <to_pay>

    Examples: Valid codes
      | total | code     | to_pay |
      | 50.00 | SPRING10 | 45.00  |
      | 20.00 | FLAT5    | 15.00  |

    Examples: Expired codes
      | total | code     | to_pay |
      | 50.00 | WINTER22 | 50.00  |

  Scenario: Receipt sent by e-mail
    Given I have placed an order
    Then an e-mail is sent with the body:
      """
      Thank you for your order!
      Your receipt number is 12345.
      """

| a | b |
| c |

  |d|
Given x

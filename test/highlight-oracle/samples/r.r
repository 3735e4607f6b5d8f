# Summarise event counts
library(dplyr)

events <- read.csv("events.csv", stringsAsFactors = FALSE)
threshold <- 10L

summarise_events <- function(df, min_count = threshold) {
  df %>%
    group_by(user) %>%
    summarise(n = n(), mean_amount = mean(amount, na.rm = TRUE)) %>%
    filter(n >= min_count)
}

result <- summarise_events(events)
ratio <- 0.75 * nrow(result)
if (is.null(result) || nrow(result) == 0) {
  print('no users')
} else {
  plot(result$n, main = "Counts", col = "blue")
}
x <- c(1, 2.5, NA, Inf)

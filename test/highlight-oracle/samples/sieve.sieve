require ["fileinto", "reject", "vacation"];

# Mailing lists go to their folders
if header :contains "List-Id" "kiln-dev" {
    fileinto "Lists/kiln";
    stop;
}

/* Large mail from unknown senders */
if allof (size :over 1M, not exists "X-Known") {
    reject "Too large.";
}

elsif address :is :domain "from" ["example.org", "example.net"] {
    fileinto "Friends";
}

vacation :days 7 "I am away until Monday.";

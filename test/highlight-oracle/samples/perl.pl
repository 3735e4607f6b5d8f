#!/usr/bin/perl
use strict;
use warnings;

# Count words per file.
my %counts;
my @files = @ARGV;
my $total = 0;

foreach my $file (@files) {
    open(my $fh, '<', $file) or die "cannot open $file: $!";
    while (my $line = <$fh>) {
        chomp $line;
        next if $line =~ /^\s*#/;
        my @words = split /\s+/, $line;
        $counts{$_}++ for @words;
        $total += scalar @words;
    }
    close $fh;
}

sub report {
    my ($limit) = @_;
    printf "%s: %d\n", $_, $counts{$_} for (sort keys %counts)[0 .. $limit];
}
report(10);
print "total $total\n";

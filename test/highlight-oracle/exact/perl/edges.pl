#!/usr/bin/perl -w
use strict; use warnings;
package Foo::Bar;
package   Baz;
our $VERSION = '1.00';
my ($a, $b, @list, %h) = (1, 2.5, 1_000, 0x1F_FF, 0b1010, 017, 1e10, .5, 3.14e-2, 1..10);
my $re = qr/^\s*(\w+)$/i;
$x =~ s/foo/bar/g;
$x =~ s{foo}{bar}gx;
$x =~ s{a} {b};
$x =~ s(a)(b);
$x =~ s<a><b>;
$x =~ s[a][b];
$x =~ tr/a-z/A-Z/;
$x =~ y!a!b!;
$x =~ s|a\|b|c|;
$x =~ s #a#b#;
$x =~ m{^\d+$};
$x =~ m!x!i;
$x =~ m#x#;
$x =~ m xax;
if ($x =~ /\/path\/to/) { print "ok\n" }
my $d = $a / $b / $c;
my @w = qw(a b c);
my @v = qw/a b c/;
my $s = q{a {nested} b};
my $t = qq[x $y [z]];
my $u = qq<a <b> c>;
my $c = qx(ls -l);
my $n = q!bang!;
my $str = "Hello, $name! ${name}s @list @{[ 1+1 ]} \t\n\x41\x{263A}\N{U+263A}\0123\cA\o{12} \q $ @ $1";
my $single = 'It\'s a \\ test \n';
my $cmd = `echo $HOME \` done`;
my %hash = (key => 'v', other_key=>1, 'q' => 2, -opt => 3, k
  # comment
  => 4);
print STDERR "err\n";
print {$fh} "x";
printf("%d\n", scalar(@list));
local $_ = shift;
$0; $$; $!; $@; $/; $\; $,; $^W; $^O; $&; $1; $_; @_; %ENV; $#list; @$ref; %$ref; $$ref{a}; @{$x}; &foo; *glob;
$h{key}{inner}[0]; $obj->method(1)->[2];
Foo::Bar->new(x => 1);
Foo::Bar::baz();
sub greet {
    my ($self, %args) = @_;
    return unless defined $args{name};
    die "no" if !$self;
    warn sprintf("%s", join(", ", map { $_ * 2 } grep { $_ > 1 } sort { $a <=> $b } keys %h));
}
sub proto($$) { 1 }
sub with_sig ($x, $y) { $x + $y }
sub forward;
my $cmp = $a cmp $b and $c eq $d or not $e ne $f;
$a **= 2; $b //= 3; $c ||= 4; $d &&= 5; $e .= "x"; $f x= 3; $g <=> $h; $i =~ $j; $k !~ /x/;
open(my $fh, '<', $file) or die "Can't open $file: $!";
while (my $line = <$fh>) { chomp $line; }
while (<STDIN>) { last if /^q/; next; redo; }
foreach my $i (reverse 0 .. $#list) { }
print <<EOF;
Heredoc $interp
  text
EOF
print <<"END";
quoted
END
print <<'RAW';
raw $x
RAW
format STDOUT =
@<<<<< @>>>>>
$name, $value
.
=pod

=head1 NAME

Foo - bar

=cut

BEGIN { $| = 1 }
END { }
my $y = x;
s = 1;
tr;
yes;
mkdir $dir;
__PACKAGE__->meta;
@ISA = ('Base');
print $fh @lines;
my $ĸ = 1; éx; K;
__END__
Everything here is data.
print "not code";

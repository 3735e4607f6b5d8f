%{
MATLAB's block comment, line by line
%}
{% a comment to Rouge
   over lines %} x = 1;
function [a, b] = myFunc(x, varargin)
    a = zeros(3)' * x.' + A\b ./ 2 .^ .5 + 1. + 1e3 + 2.5E-3 + 10L + 3;
    b = 'it''s' + "say ""hi""" + x' + y' + "unclosed + 'also;
    c = x' % a transpose, then a quote: '
    d = sprintf('%d items', n) ... a continuation
        + 1; s = ünï;
end
!ls -la $HOME | grep x % shell, then a comment
  !not at a line's start
if a ~= b && c == d || e << 2, disp(@(x) x.field{1}); end

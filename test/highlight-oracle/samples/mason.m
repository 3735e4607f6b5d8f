<%doc>
  A page listing the posts
</%doc>
<%args>
$title => 'Posts'
@posts => ()
</%args>
<%init>
my $count = scalar @posts;
</%init>
<html>
<head><title><% $title %></title></head>
<body>
% foreach my $post (@posts) {
  <h2><a href="<% $post->{url} %>"><% $post->{title} | h %></a></h2>
% }
<& footer.mas, count => $count &>
</body>
</html>
<%perl>
  print "done\n" if $count > 0;
</%perl>

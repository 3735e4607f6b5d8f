x = 'never closed \' here
y = 1
z = 'and \' again

<?lasso
// Lists the visitors of the day
local(visitors = array('Ann', 'Bob', 'Cid'))
local(count = #visitors->size)

define greet(name::string) => {
    return 'Hello, ' + #name + '!'
}

/* one line per visitor */
with name in #visitors do {
    greet(#name)
    '\n'
}

if(#count > 2) => {
    'A busy day: ' + #count + " visitors"
else
    'A quiet day'
}
?>

// hello
console.log("{{ page.title }}");

/* A todo list reducer, as in the ReasonReact docs */
type todo = {
  id: int,
  text: string,
  completed: bool,
};

type action =
  | Add(string)
  | Toggle(int)
  | Remove(int)
  | ClearCompleted;

let nextId = ref(0);

let reducer = (state: list(todo), action) =>
  switch (action) {
  | Add(text) =>
    nextId := nextId^ + 1;
    [{id: nextId^, text, completed: false}, ...state];
  | Toggle(id) =>
    List.map(t => t.id == id ? {...t, completed: !t.completed} : t, state)
  | Remove(id) => List.filter(t => t.id != id, state)
  | ClearCompleted => List.filter(t => !t.completed, state)
  };

let remaining = todos =>
  todos |> List.filter(t => !t.completed) |> List.length;

module Summary = {
  let text = (todos: list(todo)) => {
    let n = remaining(todos);
    switch (n) {
    | 0 => "All done!"
    | 1 => "1 item left"
    | n => string_of_int(n) ++ " items left"
    };
  };
};

let () = {
  // build a small list and print its summary
  let todos = reducer([], Add("Write docs")) |> reducer(_, Add("Ship 1.0"));
  Js.log(Summary.text(todos));
  let ratio = 2.5 *. float_of_int(List.length(todos));
  Printf.printf("%f %c\n", ratio, 'x');
};

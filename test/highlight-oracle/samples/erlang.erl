-module(counter).
-export([start/0, bump/2]).

%% A counter process.
start() ->
    spawn(fun() -> loop(0) end).

bump(Pid, N) when is_integer(N), N > 0 ->
    Pid ! {bump, N},
    ok.

loop(Count) ->
    receive
        {bump, N} ->
            loop(Count + N);
        {get, From} ->
            From ! {count, Count},
            loop(Count);
        stop ->
            io:format("stopped at ~p~n", [Count]),
            ok
    after 5000 ->
        loop(Count * 1.5)
    end.

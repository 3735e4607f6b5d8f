defmodule MyApp.Fooé do
  use GenServer
  import Ecto.Query, only: [from: 2]
  @moduledoc """
  Docs with #{interpolation}.
  """
  def valid?(%{id: id} = x, y \\ nil) when is_nil(y) and not x.do, do: !x && &&1 || &1
  defp save!(_ignored), do: x.do -> y
  def f(a), do: [:ok, :valid?, :<>, :===, :+, :&&, :%{}, :<=>, :*, :**, :
             <=>, :
             **, key: 1, "k" => 2, Foo: 3]
  def g, do: {1_000, 1.5, 1.0e-3, 0x1F, 0o17, 0b101, 1abc, 2.x, ?a, ?\n, ?\e, ?\0, ?\x41, ?\M-a, ? }
  def h, do: "esc \n \t \x41 \u{1F600} \u12 \" \q #x #{1 + 2}" <> 'cl \' #{x}' <> :"quoted #{x} #y"
  def s, do: ~r/^\d+$/iu <> ~R{a#{x}b\n} <> ~s(te\)xt) <> ~S"no #{x} \n" <> ~w[a b c]a <> ~W<a b>
  def t, do: ~c|chars| <> ~x'custom' <> ~D[2020-01-01] <> ~r/a\/b/ <> __MODULE__ <> __FILE__? <> nil? <> true
end

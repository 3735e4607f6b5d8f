defmodule Blog.Post do
  @moduledoc """
  A post with front matter.
  """
  defstruct [:title, :date, draft: false]

  @limit 10

  # Reads every post in a folder.
  def all(dir) when is_binary(dir) do
    dir
    |> File.ls!()
    |> Enum.filter(&String.ends_with?(&1, ".md"))
    |> Enum.map(fn name -> %__MODULE__{title: name, date: nil} end)
    |> Enum.take(@limit)
  end

  defp ratio(n), do: n * 0.5 + 0x10

  def status(%{draft: true}), do: :draft
  def status(_post), do: {:ok, "published #{@limit}"}
end

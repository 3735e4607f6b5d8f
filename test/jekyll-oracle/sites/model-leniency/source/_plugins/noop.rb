# A Ruby plugin that registers nothing: Jekyll loads it, kiln names it.
module Noop; end

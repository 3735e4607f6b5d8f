# frozen_string_literal: true

require 'json'
require_relative 'helper'

module Outer::Inner
  VERSION = '1.0'

  class Base < Struct.new(:a, :b)
    include Comparable
    extend Forwardable
    attr_accessor :title, :body
    def_delegators :@items, :size, :each

    def initialize(title, body = nil, *rest, key:, opt: 1, **kw, &block)
      super()
      @title = title
      @@instances ||= []
      $global = true
    end

    def self.build(attrs = {})
      new(**attrs)
    end

    def <=>(other)
      title <=> other.title
    end

    def [](i) = @items[i]
    def ==(o); end
    def +@; end
    def valid?; !title.nil? end
    def save!; end
    def title=(value)
      @title = value
    end

    class << self
      def registry; @registry ||= {}; end
    end

    private

    def secret; end
  end

  class Error < StandardError; end
  class Deep::Nested::Name; end
end

# frozen_string_literal: true
require 'json'

module Blog
  # A post with front matter.
  class Post < Base
    attr_reader :title, :date
    DATE = /\A(\d{4})-(\d\d)-(\d\d)/

    def initialize(path, site: nil)
      @path = path
      @site = site
      @@count ||= 0
      @title = File.basename(path, '.md').tr('-', ' ')
    end

    def to_h
      { title: @title, "path" => @path, draft: false, words: 3.5 }
    end

    def self.all(dir)
      Dir["#{dir}/*.md"].map { |f| new(f) }.select do |post|
        post.title =~ DATE && !post.nil?
      end
    end
  end
end

puts Blog::Post.all('_posts').size unless ENV['QUIET']

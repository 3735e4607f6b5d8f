# A tiny HTTP server that serves the built site
require "http/server"
require "option_parser"

module Preview
  VERSION = "0.3.1"

  class StaticHandler
    include HTTP::Handler

    MIME = {".html" => "text/html", ".css" => "text/css", ".js" => "application/javascript"}

    def initialize(@root : String)
    end

    def call(context : HTTP::Server::Context)
      path = context.request.path
      path += "index.html" if path.ends_with?('/')
      file = File.join(@root, path)
      if File.file?(file)
        context.response.content_type = MIME.fetch(File.extname(file), "application/octet-stream")
        File.open(file) { |io| IO.copy(io, context.response) }
      else
        call_next(context)
      end
    end
  end
end

port = 4000
root = "_site"
OptionParser.parse do |parser|
  parser.on("-p PORT", "--port=PORT", "Port to listen on") { |p| port = p.to_i }
  parser.on("-d DIR", "Directory to serve") { |d| root = d }
end

server = HTTP::Server.new([HTTP::LogHandler.new, Preview::StaticHandler.new(root)])
address = server.bind_tcp("127.0.0.1", port)
puts "Serving #{root} on http://#{address} (v#{Preview::VERSION})"
server.listen

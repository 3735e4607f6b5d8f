// Loads the feed and shows the titles in a list
package com.example.reader {
    import flash.display.Sprite;
    import flash.events.Event;
    import flash.events.IOErrorEvent;
    import flash.net.URLLoader;
    import flash.net.URLRequest;
    import flash.text.TextField;

    public class FeedReader extends Sprite {
        private static const FEED_URL:String = "https://example.org/feed.xml";
        private var loader:URLLoader;
        private var output:TextField = new TextField();
        protected var maxItems:int = 10;

        public function FeedReader() {
            output.width = 400;
            output.height = 300;
            addChild(output);
            loader = new URLLoader();
            loader.addEventListener(Event.COMPLETE, onLoaded);
            loader.addEventListener(IOErrorEvent.IO_ERROR, function(e:IOErrorEvent):void {
                output.text = "Could not load: " + e.text;
            });
            loader.load(new URLRequest(FEED_URL));
        }

        /* Parses the Atom feed */
        private function onLoaded(event:Event):void {
            var xml:XML = new XML(loader.data);
            var ns:Namespace = new Namespace("http://www.w3.org/2005/Atom");
            var count:uint = 0;
            for each (var entry:XML in xml.ns::entry) {
                if (count >= maxItems) break;
                output.appendText((count + 1) + ". " + entry.ns::title + "\n");
                count++;
            }
            trace("loaded", count, "items", 0xFF, 3.14, true, null);
        }
    }
}

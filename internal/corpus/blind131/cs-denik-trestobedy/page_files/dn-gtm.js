window.dataLayer=window.dataLayer||[];window.dataLayer.push({"site":"jihlavsky.denik.cz","section":"jihlavsko","type":"article"});

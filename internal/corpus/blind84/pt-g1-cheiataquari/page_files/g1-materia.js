window.cdaaas={};

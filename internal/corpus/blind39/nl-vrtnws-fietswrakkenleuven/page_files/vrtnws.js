window.vrt={page:'article'};

window.rtpNoticias={article:1641287};

window.ESH={article:1428813};

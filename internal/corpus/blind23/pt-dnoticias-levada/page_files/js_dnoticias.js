var drupalSettings={path:{currentPath:'node/401836'}};

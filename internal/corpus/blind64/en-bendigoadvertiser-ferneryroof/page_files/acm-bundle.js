window.__ACM__={site:'bendigoadvertiser'};

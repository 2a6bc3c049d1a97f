document.querySelectorAll("img.lazy").forEach(function(i){if(i.dataset.src){i.src=i.dataset.src}});

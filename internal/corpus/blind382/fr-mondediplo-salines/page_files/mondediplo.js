document.querySelectorAll('img.lazy').forEach(function(i){i.dataset.seen=1});

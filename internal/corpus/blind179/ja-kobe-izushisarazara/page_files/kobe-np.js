document.querySelectorAll('img.lazy').forEach(function(i){i.src=i.dataset.src;});

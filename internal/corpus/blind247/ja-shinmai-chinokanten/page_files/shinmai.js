document.querySelectorAll('img.js-lazy').forEach(function(i){i.src=i.dataset.src;if(i.dataset.srcset){i.srcset=i.dataset.srcset;}});

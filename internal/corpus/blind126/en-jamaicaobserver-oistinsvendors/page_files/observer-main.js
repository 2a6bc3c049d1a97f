document.addEventListener("DOMContentLoaded",function(){document.querySelectorAll("img.lazyload").forEach(function(i){if(i.dataset.src){i.src=i.dataset.src}})});

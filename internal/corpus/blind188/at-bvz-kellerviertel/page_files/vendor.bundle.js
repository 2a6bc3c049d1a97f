/*! vendor bundle */
(function(w){w.bvz=w.bvz||{};w.bvz.lazy=function(){document.querySelectorAll("img.lazyload").forEach(function(i){if(i.dataset.src){i.src=i.dataset.src;}if(i.dataset.srcset){i.srcset=i.dataset.srcset;}});};document.addEventListener("DOMContentLoaded",w.bvz.lazy);})(window);

document.querySelectorAll(".cookie-notice button").forEach(function(b){b.onclick=function(){b.parentNode.remove()}});

document.querySelectorAll(".cookie-ok").forEach(function(b){b.onclick=function(){b.parentNode.remove()}});

document.querySelectorAll(".ar-player__play").forEach(function(b){b.onclick=function(){}});

document.querySelectorAll(".rk-play").forEach(function(b){b.addEventListener("click",function(){})});

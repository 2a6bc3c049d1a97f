document.querySelectorAll(".nota__audio-btn").forEach(function(b){b.disabled=false});

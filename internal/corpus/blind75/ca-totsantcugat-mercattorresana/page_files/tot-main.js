document.querySelector(".btn-accepta")&&document.querySelector(".btn-accepta").addEventListener("click",function(){document.getElementById("avis-galetes").remove()});

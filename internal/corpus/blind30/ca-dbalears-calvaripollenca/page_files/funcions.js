function iniciaPagina(){}
function acceptaGaletes(){document.getElementById("avis-galetes").style.display="none";}

function partilha(r){window.open(location.href)}

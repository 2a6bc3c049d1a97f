window.zgz={};

window.__svt={loaded:true};

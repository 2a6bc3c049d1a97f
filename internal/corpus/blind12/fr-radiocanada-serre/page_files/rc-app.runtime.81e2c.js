(self.webpackChunkrc=self.webpackChunkrc||[]).push([["runtime"],{}]);

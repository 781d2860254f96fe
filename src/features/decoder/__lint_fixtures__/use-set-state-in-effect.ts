// Known bad: a hook in a .ts file that sets state synchronously inside an effect.
import { useEffect, useState } from 'react'

export function useLength(text: string): number {
  const [length, setLength] = useState(0)
  useEffect(() => {
    setLength(text.length)
  }, [text])
  return length
}

// The smallest page using the same runtime stack as the app (React, react-dom, a react-router data
// router, zustand). `npm run bench` compares the app's first-load JavaScript with this floor.
import { createRoot } from 'react-dom/client'
import { createHashRouter, Link, RouterProvider } from 'react-router'
import { create } from 'zustand'

const useCount = create((set) => ({ count: 0, add: () => set((s) => ({ count: s.count + 1 })) }))

function Home() {
  const { count, add } = useCount()
  return (
    <main>
      <h1>Floor</h1>
      <button type="button" onClick={add}>
        {count}
      </button>
      <Link to="/other">Other</Link>
    </main>
  )
}

const router = createHashRouter([
  { path: '/', Component: Home },
  { path: '/other', Component: () => <p>Other</p> },
])

createRoot(document.getElementById('root')).render(<RouterProvider router={router} />)
